provider "aws" {
  region     = "eu-west-1"
  access_key = "ASIA56XGLTWLMSER7VSQ"
  secret_key = "drSH5tIWz2qvdZL9dmA5IWVdjvMPxe1fV5Er7jBc"
}

resource "aws_db_instance" "agents" {
  username = "agents"
  password = var.db_password
  kms_key_id = aws_kms_key.agents.arn
}
