using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public sealed class CaseworkerType : ObjectGraphType<Caseworker>
{
    public CaseworkerType()
    {
        Name = "Caseworker";
        Description = "A social worker who could hold a need.";
        Field(x => x.Login);
        Field(x => x.DisplayName);
        Field(x => x.RegionCode).Description("Their area, descendants included.");
        Field(x => x.OpenNeedsHeld).Description("Open needs they hold now: how busy they are.");
    }
}
