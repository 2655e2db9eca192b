"""records: residents, households and linked business records

Revision ID: 0001_records
Revises:
Create Date: 2026-11-22

Hand-checked against autogenerate; plain create_table/create_index so the
same script runs on SQLite and PostgreSQL.
"""
from alembic import op
import sqlalchemy as sa

revision = "0001_records"
down_revision = None
branch_labels = ("records",)
depends_on = None


def upgrade() -> None:
    op.create_table('households',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_no', sa.String(length=16), nullable=False),
    sa.Column('head_resident_id', sa.Integer(), nullable=True),
    sa.Column('head_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households')),
    sa.UniqueConstraint('household_no', name=op.f('uq_households_household_no'))
    )
    op.create_table('residents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('atena_no', sa.String(length=16), nullable=False),
    sa.Column('juminhyo_code', sa.String(length=11), nullable=True),
    sa.Column('resident_kind', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_kana', sa.String(length=200), nullable=False),
    sa.Column('former_surname', sa.String(length=100), nullable=True),
    sa.Column('former_surname_kana', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex_code', sa.String(length=1), nullable=False),
    sa.Column('postal_code', sa.String(length=8), nullable=False),
    sa.Column('prefecture', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=False),
    sa.Column('town', sa.String(length=80), nullable=False),
    sa.Column('banchi', sa.String(length=40), nullable=False),
    sa.Column('katagaki', sa.String(length=200), nullable=False),
    sa.Column('resident_since', sa.Date(), nullable=True),
    sa.Column('address_since', sa.Date(), nullable=True),
    sa.Column('honseki', sa.String(length=200), nullable=True),
    sa.Column('hittosha', sa.String(length=100), nullable=True),
    sa.Column('nationality', sa.String(length=60), nullable=True),
    sa.Column('residence_status', sa.String(length=60), nullable=True),
    sa.Column('residence_expiry', sa.Date(), nullable=True),
    sa.Column('residence_card_no', sa.String(length=12), nullable=True),
    sa.Column('alias_name', sa.String(length=200), nullable=True),
    sa.Column('alias_kana', sa.String(length=200), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('relationship', sa.String(length=40), nullable=False),
    sa.Column('household_order', sa.Integer(), nullable=False),
    sa.Column('my_number_enc', sa.LargeBinary(), nullable=True),
    sa.Column('my_number_hash', sa.String(length=64), nullable=True),
    sa.Column('norm_name', sa.String(length=200), nullable=False),
    sa.Column('norm_kana', sa.String(length=200), nullable=False),
    sa.Column('norm_alias', sa.String(length=200), nullable=True),
    sa.Column('norm_address', sa.String(length=200), nullable=False),
    sa.Column('norm_katagaki', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_residents_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residents')),
    sa.UniqueConstraint('atena_no', name=op.f('uq_residents_atena_no'))
    )
    op.create_index('ix_residents_birth_norm_kana', 'residents', ['birth_date', 'norm_kana'], unique=False)
    op.create_index('ix_residents_household_id', 'residents', ['household_id'], unique=False)
    op.create_index('ix_residents_my_number_hash', 'residents', ['my_number_hash'], unique=False)
    op.create_index('ix_residents_norm_address_birth', 'residents', ['norm_address', 'birth_date'], unique=False)
    op.create_index('ix_residents_norm_name_birth', 'residents', ['norm_name', 'birth_date'], unique=False)
    op.create_index('ix_residents_norm_alias_birth', 'residents', ['norm_alias', 'birth_date'], unique=False)
    op.create_table('child_allowances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient_resident_id', sa.Integer(), nullable=False),
    sa.Column('certified_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['recipient_resident_id'], ['residents.id'], name=op.f('fk_child_allowances_recipient_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child_allowances'))
    )
    op.create_index(op.f('ix_child_allowances_recipient_resident_id'), 'child_allowances', ['recipient_resident_id'], unique=False)
    op.create_table('elderly_medical_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('insured_no', sa.String(length=8), nullable=False),
    sa.Column('acquired_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_elderly_medical_records_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_elderly_medical_records'))
    )
    op.create_index(op.f('ix_elderly_medical_records_resident_id'), 'elderly_medical_records', ['resident_id'], unique=False)
    op.create_table('ltc_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('insured_no', sa.String(length=10), nullable=False),
    sa.Column('acquired_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_ltc_records_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ltc_records'))
    )
    op.create_index(op.f('ix_ltc_records_resident_id'), 'ltc_records', ['resident_id'], unique=False)
    op.create_table('nhi_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('symbol_number', sa.String(length=20), nullable=False),
    sa.Column('acquired_on', sa.Date(), nullable=False),
    sa.Column('lost_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_nhi_records_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nhi_records'))
    )
    op.create_index(op.f('ix_nhi_records_resident_id'), 'nhi_records', ['resident_id'], unique=False)
    op.create_table('pension_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('basic_pension_no', sa.String(length=11), nullable=False),
    sa.Column('category', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_pension_records_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pension_records'))
    )
    op.create_index(op.f('ix_pension_records_resident_id'), 'pension_records', ['resident_id'], unique=False)
    op.create_table('seal_registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('registration_no', sa.String(length=12), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_seal_registrations_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_registrations'))
    )
    op.create_index(op.f('ix_seal_registrations_resident_id'), 'seal_registrations', ['resident_id'], unique=False)
    op.create_table('child_allowance_children',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('allowance_id', sa.Integer(), nullable=False),
    sa.Column('child_resident_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['allowance_id'], ['child_allowances.id'], name=op.f('fk_child_allowance_children_allowance_id_child_allowances')),
    sa.ForeignKeyConstraint(['child_resident_id'], ['residents.id'], name=op.f('fk_child_allowance_children_child_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child_allowance_children'))
    )
    op.create_index(op.f('ix_child_allowance_children_allowance_id'), 'child_allowance_children', ['allowance_id'], unique=False)
    op.create_index(op.f('ix_child_allowance_children_child_resident_id'), 'child_allowance_children', ['child_resident_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_child_allowance_children_child_resident_id'), table_name='child_allowance_children')
    op.drop_index(op.f('ix_child_allowance_children_allowance_id'), table_name='child_allowance_children')
    op.drop_table('child_allowance_children')
    op.drop_index(op.f('ix_seal_registrations_resident_id'), table_name='seal_registrations')
    op.drop_table('seal_registrations')
    op.drop_index(op.f('ix_pension_records_resident_id'), table_name='pension_records')
    op.drop_table('pension_records')
    op.drop_index(op.f('ix_nhi_records_resident_id'), table_name='nhi_records')
    op.drop_table('nhi_records')
    op.drop_index(op.f('ix_ltc_records_resident_id'), table_name='ltc_records')
    op.drop_table('ltc_records')
    op.drop_index(op.f('ix_elderly_medical_records_resident_id'), table_name='elderly_medical_records')
    op.drop_table('elderly_medical_records')
    op.drop_index(op.f('ix_child_allowances_recipient_resident_id'), table_name='child_allowances')
    op.drop_table('child_allowances')
    op.drop_index('ix_residents_norm_alias_birth', table_name='residents')
    op.drop_index('ix_residents_norm_name_birth', table_name='residents')
    op.drop_index('ix_residents_norm_address_birth', table_name='residents')
    op.drop_index('ix_residents_my_number_hash', table_name='residents')
    op.drop_index('ix_residents_household_id', table_name='residents')
    op.drop_index('ix_residents_birth_norm_kana', table_name='residents')
    op.drop_table('residents')
    op.drop_table('households')
