using Marketplace.Bench;
using Marketplace.Bench.Data;
using Marketplace.Bench.Http;
using Marketplace.Bench.Reporting;
using Marketplace.Bench.Sql;

// `make bench` runs the steps in order (scripts/bench.sh): generate, sql, http, report. Each is a
// process of its own so that the script can start the API between them and stop it whatever happens.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// Each step has its own limits (counts and seconds); this one bounds the step as a whole, and Ctrl-C stops it.
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(15));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var results = BenchResults.Load(options.ResultsPath);
if (options.LoadBefore is { } before) results.LoadAverage["before the run"] = BenchResults.ParseLoad(before);
if (options.Verb != "report") results.RecordLoad($"{options.Verb} step");
switch (options.Verb)
{
    case "generate":
        results.Generation = await DataGenerator.RunAsync(options, cancel.Token);
        break;
    case "sql":
        await SqlBaseline.RunAsync(options, results, cancel.Token);
        break;
    case "http":
        await HttpLoad.RunAsync(options, results, cancel.Token);
        break;
    default:
        Report.Print(results, Console.Out);
        return 0;
}
results.Save(options.ResultsPath);
return 0;
