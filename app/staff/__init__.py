"""Staff accounts, roles and the permission matrix (Qt-free).

API (widgets import only the modules marked "light": they pull in no SQLAlchemy):

    services = StaffServices.open(url, reveal_from_records=True)   # app.staff_services
    services.staff     StaffService
        .authenticate(name, password, workstation) -> SignIn(member, actor, must_change_password, allowed)
            raises InvalidCredentialsError(attempts_left) / AccountLockedError / AccountDisabledError
        .unlock_screen(actor, password) -> SignIn        (idle lock; same lock-out rules)
        .sign_out(actor)
        .change_password(actor, old, new)                (also the forced change after a reset)
        .add / .disable / .reset_password (administrator or Actor.system) / .list / .get / .get_by_id
        .needs_bootstrap() -> bool; .bootstrap_administrator(workstation, name, password=None)
            -> BootstrapResult(member, one_time_password)
        .allowed_actions(actor) -> frozenset[Action]
    services.reveal    MyNumberRevealService: .can_reveal(actor), .reveal(actor, resident_id)
                       -> RevealedMyNumber(digits, masked, expires_at; .expired(), .seconds_left())
    services.approval  ApprovalService (app.approval), services.audit AuditLog (app.audit),
    services.office    OfficeSettingsService (app.settings.office)

    StaffAuthAdapter(services.staff, workstation, demo_credentials)  # the window's AuthPort

Light modules: actor (Actor), roles (Role, Action, is_permitted, permitted_actions), models,
errors (each error has .message_ja), revealed (RevealedMyNumber, MyNumberRevealPort).
"""
