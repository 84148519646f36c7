namespace Marketplace.Api.GraphQL;

/// <summary>
/// Work a request's scope must finish before its answer (or a subscription's event) leaves: the
/// personal-data read log is written first, so that nothing is shown unrecorded. If it fails, the
/// answer is withheld. Registered, scoped, by the feature that needs it.
/// </summary>
public interface IBeforeAnswer
{
    Task BeforeAnswerAsync(CancellationToken cancellationToken);
}

public static class BeforeAnswer
{
    /// <summary>Runs the request scope's <see cref="IBeforeAnswer"/> work, in order; throws when any fails.</summary>
    public static async Task CompleteAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        foreach (var work in scope.GetServices<IBeforeAnswer>()) await work.BeforeAnswerAsync(cancellationToken);
    }
}
