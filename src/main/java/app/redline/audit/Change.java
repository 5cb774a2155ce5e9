package app.redline.audit;

/** One field of an audited object: its value before and after (null when it had none). */
record Change(String field, String oldValue, String newValue) {}
