using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Marketplace.Tests.Infrastructure;

/// <summary>Records every query EF Core sends, so a test can count the statements a request costs.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private readonly List<string> _statements = [];
    private readonly List<NpgsqlCommand> _commands = [];

    public IReadOnlyList<string> Statements
    {
        get { lock (_statements) return [.. _statements]; }
    }

    /// <summary>Copies of the commands with their parameters, to run again under EXPLAIN.</summary>
    public IReadOnlyList<NpgsqlCommand> Commands
    {
        get { lock (_statements) return [.. _commands]; }
    }

    public void Reset()
    {
        lock (_statements)
        {
            _statements.Clear();
            _commands.Clear();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_statements)
        {
            _statements.Add(command.CommandText);
            _commands.Add(((NpgsqlCommand)command).Clone());
        }
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        lock (_statements) _statements.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
