using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>A resource or project that could serve a need.</summary>
public sealed record MatchSuggestion(Resource? Resource, CharityProject? CharityProject, double? DistanceMeters, double Score, IReadOnlyList<SuggestionReason> Reasons);

/// <summary>A need a resource could serve.</summary>
public sealed record NeedSuggestion(Need Need, double DistanceMeters, double Score, IReadOnlyList<SuggestionReason> Reasons);
