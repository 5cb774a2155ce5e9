-- A hazard raised from a failed checklist item reads as the finding (the inspector's note); the item
-- it fails is kept beside it. Each failed item says where, and of what category the hazard is.
alter table inspection_result add column location varchar(300);
alter table inspection_result add column category varchar(32);
alter table hazard add column checklist_item varchar(500);
