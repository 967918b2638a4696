namespace PurePhysio.Web.Domain;

/// <summary>The original uploaded bytes, in the clinic database so that every app instance can make renditions.</summary>
public class MediaImageFile
{
    public int MediaImageId { get; set; }
    public required byte[] Bytes { get; set; }
}
