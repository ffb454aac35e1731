-- icons: animated icons keep their GIF (all frames and durations) beside the PNG of their first frame
ALTER TABLE icon ADD COLUMN gif BLOB;
