"""信访工作领导小组, 包组摸排, 下访 and the dispute ledger."""
