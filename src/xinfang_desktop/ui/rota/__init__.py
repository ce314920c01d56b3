"""值班: the rota page, its dialogs, the on-duty status label and start-page panel."""
