namespace Marketplace.Core.Common;

/// <summary>
/// Rows of this type are personal data: they are read only where the privacy rules are applied
/// and the read is logged, never by a generic loader (the API's ById refuses them).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute;
