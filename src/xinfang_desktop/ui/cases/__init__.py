"""The 信访事项 area: case list, case form, workflow steps, 督办 and notices."""
