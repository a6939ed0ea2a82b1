/* @name GetProfile */
select p.user_uuid, p.username, p.display_name, p.avatar_object_key, p.bio
from identity.user_profiles p
where p.user_uuid = :userUuid!;

/* @name UpdateProfile */
update identity.user_profiles
set display_name = :displayName, avatar_object_key = :avatarObjectKey, bio = :bio
where user_uuid = :userUuid!
returning user_uuid, username, display_name, avatar_object_key, bio;
