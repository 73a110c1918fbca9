-- A registration is not a status transition: only STATUS_CHANGED entries name a from and to status.
update placement_history set from_status = null, to_status = null where action <> 'STATUS_CHANGED';
