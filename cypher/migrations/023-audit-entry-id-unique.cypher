// Purpose: audit entries are unique by id (the auditLog cursor names one)
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE
