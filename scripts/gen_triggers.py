#!/usr/bin/env python3
"""Prints the three change_log triggers for a table: gen_triggers.py table [key_column]"""
import sys
table = sys.argv[1]
key = sys.argv[2] if len(sys.argv) > 2 else 'id'
for op, when, ref in (('insert', 'INSERT', 'NEW'), ('update', 'UPDATE', 'NEW'), ('delete', 'DELETE', 'OLD')):
    print(f"""CREATE TRIGGER {table}_log_{op} AFTER {when} ON {table}
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT '{table}', {ref}.{key}, '{when[0]}', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;
""")
