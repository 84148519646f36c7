namespace Marketplace.Core.Organisations;

public enum OrganisationKind
{
    /// <summary>爱心企业/单位: a donor unit.</summary>
    Enterprise,
    /// <summary>社会组织.</summary>
    SocialOrganisation,
}
