from parting.cli import command

command()
