package app.redline.account;

/** Filters of the administrators' user list; null parts do not filter. */
record UserFilter(String text, Long unitId) {}
