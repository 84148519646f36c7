namespace Marketplace.Core.Risk;

/// <summary>
/// The model's weights and thresholds are for caseworkers and admins; a household's score, its
/// explanation, override and history are as personal as its identity (Identity.PersonalDataPolicy,
/// applied field by field). Donors and social organisations see none of it.
/// </summary>
public static class RiskAccess
{
    public static void EnsureMayReadModel(Viewer viewer)
    {
        if (viewer.Role.IsOrganisationScoped()) throw new ForbiddenException("The risk model is for caseworkers and admins.");
    }
}
