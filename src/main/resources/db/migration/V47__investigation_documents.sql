-- The investigation report's document as approved (a PDF), kept in the file store.
alter table accident_investigation add column document_key  varchar(200);
alter table accident_investigation add column document_name varchar(200);
alter table accident_investigation add column document_size bigint;
