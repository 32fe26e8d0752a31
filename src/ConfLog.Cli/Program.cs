using ConfLog.Cli;

return ConflogApp.Run(args, CliConsole.FromSystemConsole());
