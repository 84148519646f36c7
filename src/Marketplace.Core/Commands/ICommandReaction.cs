namespace Marketplace.Core.Commands;

/// <summary>
/// What a feature does, in the same transaction, when a command of a feature below it announces a
/// change (<see cref="CommandContext.AnnounceAsync{TChange}"/>): a need being cancelled, a resource
/// withdrawn, a household moved. The announcing feature names the change, never who reacts, so
/// that arrows between features point one way (matching reacts to needs and resources; needs to
/// households). Registered as a service by the reacting feature's setup.
/// </summary>
public interface ICommandReaction<in TChange>
{
    Task ReactAsync(CommandContext c, TChange change, CancellationToken cancellationToken);
}
