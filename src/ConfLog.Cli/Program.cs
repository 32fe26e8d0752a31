using System;
using ConfLog.Cli;

return ConflogApp.Run(args, Console.Out, Console.Error);
