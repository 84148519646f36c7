using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core runs against one database, from EF's diagnostic events.
/// Test classes run in parallel, each on its own database, so counting by database name keeps
/// one class's statements out of another's count.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _statements = [];

    public SqlStatementCounter(string database)
    {
        _database = database;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<string> Statements
    {
        get { lock (_statements) return [.. _statements]; }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> @event)
    {
        if (@event.Key == RelationalEventId.CommandExecuted.Name
            && @event.Value is CommandExecutedEventData data
            && data.Command.Connection?.Database == _database)
        {
            lock (_statements) _statements.Add(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }
}
