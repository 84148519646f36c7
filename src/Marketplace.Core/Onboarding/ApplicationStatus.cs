namespace Marketplace.Core.Onboarding;

public enum ApplicationStatus
{
    /// <summary>Waiting for an officer of its sub-district or an admin.</summary>
    Pending,
    /// <summary>The organisation is registered, verified, with its first staff account.</summary>
    Approved,
    /// <summary>Refused, with a reason the applicant can read.</summary>
    Rejected,
}
