-- What a unit's people may see follows from the unit's kind, whether it is the comprehensive
-- department, its region and that region's level: one row per unit. Read on every signed-in request
-- with the account's state in one statement (SessionCheckFilter), and by UnitScopes.
create view unit_scope as
select u.id as unit_id, u.type, u.comprehensive, u.region_code, r.level as region_level
from unit u left join region r on r.code = u.region_code;
