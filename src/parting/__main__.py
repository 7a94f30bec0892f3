from parting.cli import main

main()
