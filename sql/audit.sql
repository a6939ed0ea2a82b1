/*
  @name ListAuditEvents
  @param before -> (eventAt!, id!)
*/
-- Keyset pagination, newest first: pass the last row's (event_at, id) as `before` for the next page.
select l.id, l.event_type, l.ip_address, l.user_agent, l.event_at
from identity.login_audit_logs l
where l.user_uuid = :userUuid!
  and (l.event_at, l.id) < :before
order by l.event_at desc, l.id desc
limit :limit!::integer;

/* @name ListRecentAuditEvents */
select l.id, l.event_type, l.ip_address, l.user_agent, l.event_at
from identity.login_audit_logs l
where l.user_uuid = :userUuid!
order by l.event_at desc, l.id desc
limit :limit!::integer;

/* @name RecentFailedLoginsByIp */
select l.id, l.user_uuid, l.event_type, l.reason, l.user_agent, l.event_at
from identity.login_audit_logs l
where l.ip_address = :ipAddress!
  and l.event_type in ('login_failure', 'login_locked', 'mfa_failure')
  and l.event_at > now() - make_interval(secs => :withinSeconds!)
order by l.event_at desc, l.id desc
limit :limit!::integer;
