using Marketplace.Core.Matching;

namespace Marketplace.Api.Matching;

public sealed class MatchStatusType : EnumerationGraphType<MatchStatus>
{
}
