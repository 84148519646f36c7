namespace Marketplace.Core.Needs;

/// <summary>Announced by cancelNeed, once the need may be cancelled, before its status changes.</summary>
public sealed record NeedCancelling(Need Need);
