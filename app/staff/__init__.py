"""Staff accounts, roles and the permission matrix (Qt-free).

API (widgets import only the modules marked "light": they pull in no SQLAlchemy):

    services = StaffServices.open(url, reveal_from_records=True)   # app.staff_services
    services.staff     StaffService
        .authenticate(name, password, workstation) -> SignIn(member, actor, must_change_password, allowed)
            raises InvalidCredentialsError(attempts_left) / AccountLockedError / AccountDisabledError
        .unlock_screen(actor, password) -> SignIn        (idle lock; same lock-out rules)
        .sign_out(actor)
        .change_password(actor, old, new)                (also the forced change after a reset)
        .add / .disable / .enable / .change_role / .reset_password (a signed-in administrator,
            checked against the stored account; Actor.system has no rights) / .list / .get /
            .get_by_id / .names_by_id(ids)
        .needs_bootstrap() -> bool; .bootstrap_administrator(workstation, name, password=None)
            -> BootstrapResult(member, one_time_password)   (only while no enabled administrator)
        .allowed_actions(actor) -> frozenset[Action]   (the STORED role's, empty when disabled)
        .can_run_counter(actor) -> bool                 (False for administrators)
    services.reveal    MyNumberRevealService: .can_reveal(actor), .reveal(actor, resident_id)
                       -> RevealedMyNumber(digits, masked, expires_at; .expired(), .seconds_left())
    services.approval  ApprovalService (app.approval), services.audit AuditLog (app.audit),
    services.office    OfficeSettingsService (app.settings.office)

    StaffAuthAdapter(services.staff, workstation, demo_credentials)  # the window's AuthPort

Staff names: names.py (NFKC; invisible, bidi and other-script characters and look-alikes
refused). Sign-in and lock-out: sign_in.py (atomic failure count). `keys rotate`:
key_rotation.py. Every privileged action goes through app.identity.authorization.

Light modules: actor (Actor), roles (Role, Action, is_permitted, permitted_actions), models,
errors, revealed (RevealedMyNumber, MyNumberRevealPort).
"""
