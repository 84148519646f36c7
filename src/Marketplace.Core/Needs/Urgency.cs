namespace Marketplace.Core.Needs;

/// <summary>Ordered from least to most urgent, so that ordering by urgency is ordering by this value.</summary>
public enum Urgency
{
    Low,
    Normal,
    High,
    Critical,
}
