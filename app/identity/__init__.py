"""Who acts and what they may do: the Actor written into the audit log, the signed-in
StaffIdentity, roles and the permission matrix. The bottom of the app's layers: the audit
log, settings, staff, approval and visit areas all name the actor; this imports none of them.
"""
