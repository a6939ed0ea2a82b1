/* @name ListDevices */
select d.id, d.device_fingerprint, d.device_name, d.last_seen_at, d.created_at
from identity.user_devices d
where d.user_uuid = :userUuid!
order by d.last_seen_at desc, d.id desc;

/* @name RenameDevice */
update identity.user_devices
set device_name = :deviceName
where id = :id! and user_uuid = :userUuid!
returning id, device_fingerprint, device_name, last_seen_at, created_at;

/* @name ForgetDevice */
delete from identity.user_devices
where id = :id! and user_uuid = :userUuid!
returning id;
