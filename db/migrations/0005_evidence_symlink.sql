-- Evidence added through a symbolic link: the link as the person's folder showed it, and the file it
-- led to. NULL for files added directly (every row before this migration).
ALTER TABLE evidence ADD COLUMN symlink_path TEXT;
ALTER TABLE evidence ADD COLUMN symlink_target TEXT;
