#!/usr/bin/env python3
"""Prints the change_log triggers of a table.

    gen_triggers.py TABLE [KEY_COLUMN] [--db FILE | --columns a,b,c] [--update-only]

The update trigger lists the columns the statement changed (change_log.
changed_columns, migration 0018): the sync engine merges a row field by
field from it. Give the table's columns with --columns, or --db a database
that has the table (e.g. one made by `cisiamo schema`); without either the
update trigger leaves changed_columns NULL ("every column"), which is safe
but merges that table's rows whole.
Every column of the table must be listed (tests/sync/tst_tabledeclarations):
a column added later needs the update trigger made again.
"""
import sqlite3
import sys

args = [a for a in sys.argv[1:]]
update_only = '--update-only' in args
if update_only:
    args.remove('--update-only')
columns = None
if '--columns' in args:
    i = args.index('--columns')
    columns = [c for c in args[i + 1].split(',') if c]
    del args[i:i + 2]
db = None
if '--db' in args:
    i = args.index('--db')
    db = args[i + 1]
    del args[i:i + 2]
table = args[0]
key = args[1] if len(args) > 1 else 'id'
if db:
    columns = [r[1] for r in sqlite3.connect(db).execute(f'PRAGMA table_info("{table}")')]


def changed(columns):
    if not columns:
        return 'NULL'
    parts = [f"""CASE WHEN OLD."{c}" IS NOT NEW."{c}" THEN '{c},' ELSE '' END""" for c in columns]
    return '\n           || '.join(parts)


for op, when, ref in (('insert', 'INSERT', 'NEW'), ('update', 'UPDATE', 'NEW'), ('delete', 'DELETE', 'OLD')):
    if update_only and op != 'update':
        continue
    if op == 'update' and columns is not None:
        print(f"""CREATE TRIGGER {table}_log_update AFTER UPDATE ON {table}
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT '{table}', NEW.{key}, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           {changed(columns)}
    FROM session_context WHERE id = 1;
END;
""")
        continue
    print(f"""CREATE TRIGGER {table}_log_{op} AFTER {when} ON {table}
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT '{table}', {ref}.{key}, '{when[0]}', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;
""")
