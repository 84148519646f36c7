namespace Marketplace.Core.Resources;

/// <summary>Announced by withdrawResource before the resource is locked: whatever hangs off it is locked first.</summary>
public sealed record ResourceWithdrawing(Guid ResourceId);

/// <summary>Announced once the resource is withdrawn, with the withdrawal's reason if one was given.</summary>
public sealed record ResourceWithdrawn(Resource Resource, string? Reason);
