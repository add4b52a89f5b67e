#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace fb::store {

const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        {1,
         "links, merge bases, intent journal, cursors, runs, call log, conflicts, activity, budget counters",
         {
             // One row per linked pair. A record is linked for life; a delete on either side unlinks it
             // (state says which side went away) instead of removing the row, so it can be shown.
             u"CREATE TABLE links ("
             u" id INTEGER PRIMARY KEY,"
             u" entity TEXT NOT NULL,"                 // 'contact' (HighLevel contact <-> Badger account), ...
             u" ghl_id TEXT,"
             u" badger_id TEXT,"
             u" state TEXT NOT NULL DEFAULT 'linked'," // linked | ghl_deleted | badger_deleted | unlinked
             u" label TEXT NOT NULL DEFAULT '',"        // display name for the UI
             u" created_at TEXT NOT NULL,"
             u" updated_at TEXT NOT NULL)"_s,
             u"CREATE UNIQUE INDEX links_ghl ON links(entity, ghl_id) WHERE ghl_id IS NOT NULL"_s,
             u"CREATE UNIQUE INDEX links_badger ON links(entity, badger_id) WHERE badger_id IS NOT NULL"_s,

             // The merge base: the last value of each mapped field we saw agreed on both sides.
             u"CREATE TABLE field_bases ("
             u" link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,"
             u" field TEXT NOT NULL,"        // mapping row id
             u" ghl_value TEXT,"             // as HighLevel holds it
             u" badger_value TEXT,"          // as Badger holds it
             u" synced_at TEXT NOT NULL,"
             u" PRIMARY KEY (link_id, field)) WITHOUT ROWID"_s,

             // Every write is recorded before it is sent; its outcome and the new base are committed together.
             u"CREATE TABLE intents ("
             u" id INTEGER PRIMARY KEY,"
             u" run_id INTEGER,"
             u" service TEXT NOT NULL,"      // highlevel | badger
             u" operation TEXT NOT NULL,"    // e.g. contacts.create
             u" entity TEXT NOT NULL,"
             u" link_id INTEGER REFERENCES links(id) ON DELETE SET NULL,"
             u" target_id TEXT,"             // remote id written to (null for creates until known)
             u" payload TEXT NOT NULL,"      // JSON of the intended change (never a secret)
             u" reconcile_key TEXT,"         // how to find the record if the outcome is unknown
             u" state TEXT NOT NULL,"        // pending | sent | done | failed | unknown
             u" attempts INTEGER NOT NULL DEFAULT 0,"
             u" result_id TEXT,"
             u" error TEXT,"
             u" created_at TEXT NOT NULL,"
             u" updated_at TEXT NOT NULL)"_s,
             u"CREATE INDEX intents_open ON intents(state) WHERE state IN ('pending','sent','unknown')"_s,

             u"CREATE TABLE cursors ("
             u" name TEXT PRIMARY KEY,"
             u" value TEXT NOT NULL,"
             u" updated_at TEXT NOT NULL) WITHOUT ROWID"_s,

             u"CREATE TABLE sync_runs ("
             u" id INTEGER PRIMARY KEY,"
             u" kind TEXT NOT NULL,"         // sync | dry-run
             u" started_at TEXT NOT NULL,"
             u" finished_at TEXT,"
             u" status TEXT NOT NULL,"       // running | ok | failed | interrupted | budget
             u" summary TEXT)"_s,            // JSON counts

             u"CREATE TABLE call_log ("
             u" id INTEGER PRIMARY KEY,"
             u" run_id INTEGER,"
             u" time TEXT NOT NULL,"
             u" service TEXT NOT NULL,"
             u" method TEXT NOT NULL,"
             u" path_template TEXT NOT NULL,"
             u" operation TEXT,"
             u" status INTEGER NOT NULL,"
             u" latency_ms INTEGER NOT NULL,"
             u" attempt INTEGER NOT NULL,"
             u" error_class TEXT,"
             u" message TEXT,"
             u" trace_id TEXT)"_s,
             u"CREATE INDEX call_log_time ON call_log(time)"_s,

             u"CREATE TABLE conflicts ("
             u" id INTEGER PRIMARY KEY,"
             u" link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,"
             u" field TEXT NOT NULL,"
             u" base_value TEXT,"
             u" ghl_value TEXT,"
             u" badger_value TEXT,"
             u" ghl_changed_at TEXT,"
             u" badger_changed_at TEXT,"
             u" created_at TEXT NOT NULL,"
             u" resolved_at TEXT,"
             u" resolution TEXT,"            // badger | highlevel | edited
             u" resolved_value TEXT)"_s,
             u"CREATE UNIQUE INDEX conflicts_open ON conflicts(link_id, field) WHERE resolved_at IS NULL"_s,

             u"CREATE TABLE activity ("
             u" id INTEGER PRIMARY KEY,"
             u" run_id INTEGER,"
             u" time TEXT NOT NULL,"
             u" entity TEXT NOT NULL,"
             u" link_id INTEGER,"
             u" record TEXT NOT NULL,"       // display label
             u" field TEXT,"
             u" old_value TEXT,"
             u" new_value TEXT,"
             u" direction TEXT NOT NULL)"_s, // to_highlevel | to_badger | link | unlink
             u"CREATE INDEX activity_time ON activity(time)"_s,

             // Locally counted daily budgets (Badger sends no rate-limit headers), kept across restarts.
             u"CREATE TABLE budget_counters ("
             u" service TEXT NOT NULL,"
             u" account TEXT NOT NULL,"
             u" day TEXT NOT NULL,"          // UTC date the counter belongs to
             u" used INTEGER NOT NULL,"
             u" PRIMARY KEY (service, account)) WITHOUT ROWID"_s,
         }},
        {2,
         "remote records: every record seen on either side, for change detection and pending work",
         {
             // One row per record seen on either side. fingerprint: hash of its mapped values when last read;
             // state: linked | pending (to be created/linked) | ambiguous | failed | deleted.
             u"CREATE TABLE remote_records ("
             u" service TEXT NOT NULL,"
             u" remote_id TEXT NOT NULL,"
             u" entity TEXT NOT NULL,"
             u" label TEXT NOT NULL DEFAULT '',"
             u" state TEXT NOT NULL,"
             u" message TEXT,"
             u" fetched_at TEXT,"          // last full read (Badger details are budgeted: stalest first)
             u" changed_at TEXT,"          // HighLevel dateUpdated, or when Fieldbridge saw a Badger change
             u" PRIMARY KEY (service, remote_id)) WITHOUT ROWID"_s,
             u"CREATE INDEX remote_records_state ON remote_records(service, state)"_s,
             u"CREATE INDEX remote_records_fetched ON remote_records(service, fetched_at)"_s,
         }},
        {3,
         "beyond contacts: check-ins read, the notes/tasks/check-ins written for them, HighLevel tasks and notes seen, "
         "tag bases and routing per link",
         {
             // Every Badger check-in read for a linked account; doubles as the journal of the note written for it:
             // note_state is 'sent' before the create goes out, then done | unknown | failed. An unknown or sent row
             // is reconciled by finding the note's marker line on the contact before anything is re-sent.
             u"CREATE TABLE extras_checkins ("
             u" id TEXT PRIMARY KEY,"          // Badger check-in id
             u" account_id TEXT NOT NULL,"
             u" type TEXT NOT NULL DEFAULT '',"
             u" log_datetime TEXT,"
             u" comments TEXT,"
             u" extra_fields TEXT,"            // JSON as Badger sent it
             u" created_by TEXT,"
             u" origin TEXT NOT NULL DEFAULT 'badger'," // badger | highlevel_note | highlevel_task (made by us)
             u" origin_id TEXT,"
             u" seen_at TEXT NOT NULL,"
             u" note_state TEXT,"              // null = to do | sent | done | unknown | failed | skipped
             u" note_id TEXT,"
             u" note_error TEXT,"
             u" rules_state TEXT)"_s,          // null = outcome/follow-up rules not applied yet | done
             u"CREATE INDEX extras_checkins_account ON extras_checkins(account_id)"_s,
             u"CREATE INDEX extras_checkins_time ON extras_checkins(log_datetime)"_s,

             // When each linked account's check-ins were last read (per-account reads are budgeted).
             u"CREATE TABLE extras_accounts ("
             u" account_id TEXT PRIMARY KEY,"
             u" checkins_read_at TEXT) WITHOUT ROWID"_s,

             // Tasks opened by follow-up rules; state is 'sent' before the create goes out (journal, as above).
             u"CREATE TABLE extras_tasks ("
             u" checkin_id TEXT NOT NULL,"
             u" rule_id TEXT NOT NULL,"
             u" account_id TEXT NOT NULL,"
             u" contact_id TEXT NOT NULL,"
             u" task_id TEXT,"
             u" title TEXT,"
             u" state TEXT NOT NULL,"          // sent | unknown | open | completed | failed
             u" error TEXT,"
             u" opened_at TEXT,"               // the opening check-in's time
             u" updated_at TEXT NOT NULL,"
             u" PRIMARY KEY (checkin_id, rule_id)) WITHOUT ROWID"_s,
             u"CREATE INDEX extras_tasks_account ON extras_tasks(account_id, state)"_s,

             // HighLevel tasks seen (for task outcomes, completed task -> check-in, and the preview).
             u"CREATE TABLE extras_hl_tasks ("
             u" task_id TEXT PRIMARY KEY,"
             u" contact_id TEXT NOT NULL,"
             u" title TEXT, body TEXT, assigned_to TEXT, due_date TEXT,"
             u" completed INTEGER NOT NULL DEFAULT 0,"
             u" seen_at TEXT NOT NULL,"
             u" rules_state TEXT,"             // null | done (outcome rules applied to its completion)
             u" checkin_state TEXT,"           // null | sent | unknown | done | failed (completed task -> check-in)
             u" checkin_id TEXT) WITHOUT ROWID"_s,

             // HighLevel notes seen (notes -> check-ins): the body hash shows edits, absence shows deletes.
             u"CREATE TABLE extras_hl_notes ("
             u" note_id TEXT PRIMARY KEY,"
             u" contact_id TEXT NOT NULL,"
             u" body_hash TEXT,"
             u" date_added TEXT,"
             u" state TEXT NOT NULL,"          // history | sent | unknown | done | failed | deleted
             u" checkin_id TEXT,"
             u" message TEXT) WITHOUT ROWID"_s,
             u"CREATE INDEX extras_hl_notes_contact ON extras_hl_notes(contact_id)"_s,

             // Per link: the tag base (JSON array, last agreed set), each side's set as last read, routing done.
             u"CREATE TABLE extras_tag_state ("
             u" link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,"
             u" base TEXT,"
             u" highlevel TEXT,"
             u" badger TEXT,"
             u" routed TEXT,"                  // JSON {"<rule id>": "<badger user>"}: routing applied on the tag's arrival
             u" updated_at TEXT NOT NULL)"_s,
         }},
        {4,
         "remote records remember the match keys they were parked with",
         {
             // An ambiguous or failed record is retried only when what it would match on (email, phone, name and
             // address) changed since it was parked; otherwise every run would repeat the same failing write.
             u"ALTER TABLE remote_records ADD COLUMN fingerprint TEXT"_s,
         }},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace fb::store
