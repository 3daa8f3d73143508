"""The site's visual identity: the logo, the favicon and the key-factor icons."""
