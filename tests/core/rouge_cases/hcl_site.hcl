# Static site bucket
terraform {
  required_version = ">= 1.0"
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "site" {
  bucket = "${var.name}-site"
  tags = {
    Name = "Site ${local.env}"
    Count = 3
  }
  /* lifecycle */
  force_destroy = true
  policy = <<EOF
{"Version": "2012-10-17"}
EOF
}

output "url" {
  value = aws_s3_bucket.site.website_endpoint
}
