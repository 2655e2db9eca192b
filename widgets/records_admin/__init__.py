"""The city's IT staff's and supervisors' records pages: the records import (administrator)
and the 名寄せ review (supervisor). `install_records_admin_panels` adds them to the window."""
