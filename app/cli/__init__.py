"""The command line, one package whose imports run one way: ``parser`` (the
``meshwork`` entry point) imports the subcommand groups (``library``,
``patterns``, ``io``), and they import only ``common``. Being an entry point,
the command line may import widgets (the drawn export formats, the window)."""
