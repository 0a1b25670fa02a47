-- H2 holds a VARBINARY value whole in memory when it is written or read; a BLOB is streamed in blocks, so a 50 MB
-- package goes in with setBinaryStream and out with getBinaryStream without a copy of it in the heap.
alter table packages alter column content set data type blob;
