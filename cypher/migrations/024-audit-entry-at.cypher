// Purpose: auditLog pages newest first by time
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)
