namespace Marketplace.Api.Hosting;

/// <summary>
/// What the executable was asked to do: serve (the default), `migrate [--seed-demo]`, or
/// `print-schema`. The verb and its flags are taken off before ASP.NET Core reads the rest
/// of the arguments as configuration.
/// </summary>
public sealed record Command(string Verb, bool SeedDemoData, string[] HostArguments)
{
    public const string Serve = "serve";
    public const string Migrate = "migrate";
    public const string PrintSchema = "print-schema";

    public static Command Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not (Migrate or PrintSchema or Serve)) return new Command(Serve, false, args);
        var rest = args[1..];
        return new Command(args[0], rest.Contains("--seed-demo"), [.. rest.Where(a => a != "--seed-demo")]);
    }
}
