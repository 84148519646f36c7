namespace Marketplace.Core.Matching;

/// <summary>A need offered to one resource or one charity project, with the quantity asked of it.</summary>
public sealed record ProposeMatchInput(Guid NeedId, Guid? ResourceId, Guid? CharityProjectId, int Quantity, string? Note);
