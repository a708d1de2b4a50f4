-- The access log is append-only for everyone who connects, the application's own user included:
-- an UPDATE, DELETE or TRUNCATE of access_log fails. (H2 has no comparable rule without code on
-- its class path; there the application's lack of any such path is the guard.)
CREATE FUNCTION access_log_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only (HSLF-FS 2016:40): % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
