-- The photo sweep asks, a batch of files at a time, whether a row names each file.
create index hazard_photo_path_idx on hazard_photo (path);
create index hazard_photo_thumb_path_idx on hazard_photo (thumb_path);
create index inspection_photo_path_idx on inspection_photo (path);
create index inspection_photo_thumb_path_idx on inspection_photo (thumb_path);
create index photo_upload_path_idx on photo_upload (path);
create index photo_upload_thumb_path_idx on photo_upload (thumb_path);
create index photo_upload_uploaded_at_idx on photo_upload (uploaded_at);
